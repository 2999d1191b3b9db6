#!/usr/bin/env python3
"""Independent plaintext check for YAML/JSON SOPS files: leaves that SOPS'
settings encrypt but that are not ENC[...] (comments not checked)."""
import sys, os, re, json, yaml
ENC = re.compile(r'^ENC\[AES256_GCM,data:.+,iv:.+,tag:.+,type:.+\]')
def walk(node, path, enc_fn, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if path == [] and k == 'sops': continue
            walk(v, path + [str(k)], enc_fn, out)
    elif isinstance(node, list):
        for i, v in enumerate(node): walk(v, path + [i], enc_fn, out)
    else:
        keys = [p for p in path if isinstance(p, str)]
        if node is None or node == '': return
        if enc_fn(keys) and not (isinstance(node, str) and ENC.match(node)):
            out.append('.'.join(map(str, path)))
for root in sys.argv[1:]:
    for dp, dn, fn in os.walk(root):
        for f in fn:
            p = os.path.join(dp, f)
            if os.path.islink(p): continue
            data = open(p, 'rb').read()
            try:
                if f.endswith(('.yaml', '.yml')): docs = [d for d in yaml.safe_load_all(data)]
                elif b'"sops"' in data: docs = [json.loads(data)]
                else: continue
            except Exception as e:
                print(p, 'PARSE', e); continue
            if not docs or not isinstance(docs[0], dict) or 'sops' not in docs[0]: continue
            m = docs[0]['sops']
            if m.get('encrypted_regex'):
                r = re.compile(m['encrypted_regex']); fn_ = lambda ks: any(r.search(k) for k in ks)
            elif m.get('unencrypted_regex'):
                r = re.compile(m['unencrypted_regex']); fn_ = lambda ks: not any(r.search(k) for k in ks)
            else:
                suf = m.get('unencrypted_suffix') or '_unencrypted'; fn_ = lambda ks: not any(k.endswith(suf) for k in ks)
            out = []
            for d in docs: walk(d, [], fn_, out)
            if out: print(p, 'PLAINTEXT', out)
