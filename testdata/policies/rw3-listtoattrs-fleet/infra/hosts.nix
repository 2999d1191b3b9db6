[
  { hostname = "gw1"; env = "prod"; enabled = true; sshKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; }
  { hostname = "app1"; env = "prod"; enabled = true; sshKey = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; }
  { hostname = "app2"; env = "prod"; enabled = false; sshKey = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; }
  { hostname = "gw2"; env = "staging"; enabled = true; sshKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; }
  { hostname = "app9"; env = "staging"; enabled = true; sshKey = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; }
  # app1 was reinstalled; the old record is still here, listToAttrs keeps the first
  { hostname = "app1"; env = "prod"; enabled = true; sshKey = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; }
]
