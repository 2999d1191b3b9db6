#!/usr/bin/env python3
"""Independent cross-check of a ported fixture: the recipients Nix computes
(secretsJSON through the module's own harness) against each file's SOPS
metadata, parsed with PyYAML/json and a hand flattening of dotenv/INI."""
import sys, os, re, json, subprocess, yaml, configparser
root = os.path.abspath(sys.argv[1])
expr = ("(import " + os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../nix/tests/from-checkouts.nix") + " { nixpkgsLib = " + os.environ["NIXPKGS_LIB"] + "; "
        "flakeParts = " + os.environ["FLAKE_PARTS"] + "; }).secretsJSON " + root)
out = subprocess.run(["nix", "--extra-experimental-features", "nix-command", "eval", "--impure", "--raw", "--expr", expr],
                     env=dict(os.environ, NIX_REMOTE="dummy://"), capture_output=True, text=True, check=True).stdout
policy = json.loads(out)

def unflatten(pairs):
    meta = {}
    for k, v in pairs:
        parts = re.split(r'__(list|map)_', k)
        cur = meta; key = parts[0]; i = 1
        path = [key]
        while i < len(parts):
            path.append((parts[i], parts[i+1])); i += 2
        # path: name, (list,N), (map,field) ...
        node = meta
        name = path[0]
        if len(path) == 1: node[name] = v; continue
        lst = node.setdefault(name, [])
        idx = int(path[1][1])
        while len(lst) <= idx: lst.append({})
        lst[idx][path[2][1]] = v
    return meta

def meta_of(p):
    data = open(p, 'rb').read().decode()
    if p.endswith(('.yaml', '.yml')):
        d = list(yaml.safe_load_all(data))[0]; return d.get('sops')
    if p.endswith('.env'):
        pairs = [l.split('=', 1) for l in data.splitlines() if l.startswith('sops_')]
        return unflatten([(k[5:], v) for k, v in pairs])
    if p.endswith('.ini'):
        sec = data[data.index('[sops]'):]
        pairs = re.findall(r'(?m)^([a-z_0-9]+)\s*=\s*(.*)$', sec)
        return unflatten([(k, v.strip()) for k, v in pairs])
    return json.loads(data).get('sops')

def keys_of(m):
    ks = set()
    for a in m.get('age') or []:
        if a.get('enc'): ks.add(('age', a['recipient']))
    for p in m.get('pgp') or []:
        if p.get('enc'): ks.add(('pgp', p['fp'].upper()))
    for k in m.get('kms') or []:
        if k.get('enc'): ks.add(('kms', k['arn'] + ('+' + k['role'] if k.get('role') else '')))
    for g in m.get('key_groups') or []:
        ks |= keys_of(g)
    return ks

for gname, g in sorted(policy.items()):
    for sname, s in sorted(g['secret'].items()):
        f = os.path.join(root, s['file'])
        want = {(k['type'], k['key'].upper() if k['type'] == 'pgp' else k['key']) for r in s['_recipients'] for k in r['keys']}
        if not os.path.exists(f):
            print(s['file'], 'MISSING FILE'); continue
        m = meta_of(f)
        if not m: print(s['file'], 'NO METADATA'); continue
        got = keys_of(m)
        print(s['file'], 'ok' if got == want else '', 'stale', sorted(got - want), 'missing', sorted(want - got), 'mac' if m.get('mac') else 'NO MAC')
