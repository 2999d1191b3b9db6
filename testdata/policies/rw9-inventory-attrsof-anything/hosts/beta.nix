{ inventory.beta = { keys.age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; net.ip = "10.1.0.2"; role = "web"; }; }
