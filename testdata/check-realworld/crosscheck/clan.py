import json, os, sys
root = sys.argv[1]  # .../sops
def keys_of(kind, name):
    d = json.load(open(f"{root}/{kind}/{name}/key.json"))
    if isinstance(d, dict): d = [d]
    return {(k['type'], k['publickey'].upper() if k['type']=='pgp' else k['publickey']) for k in d}
def ls(p): return sorted(os.listdir(p)) if os.path.isdir(p) else []
out = {}
for s in ls(f"{root}/secrets"):
    sd = f"{root}/secrets/{s}"
    users = set(ls(sd+"/users")); machines = set(ls(sd+"/machines"))
    for g in ls(sd+"/groups"):
        users |= set(ls(f"{root}/groups/{g}/users")); machines |= set(ls(f"{root}/groups/{g}/machines"))
    want = set()
    for u in users: want |= keys_of("users", u)
    for m in machines: want |= keys_of("machines", m)
    meta = json.load(open(sd+"/secret"))["sops"]
    got = {("age", a["recipient"]) for a in meta.get("age") or [] if a.get("enc")} | {("pgp", p["fp"].upper()) for p in meta.get("pgp") or [] if p.get("enc")}
    print(s, meta.get("version"), sorted(users), sorted(machines), "OK" if want == got else "DIFF", "stale", sorted(got-want), "missing", sorted(want-got))
