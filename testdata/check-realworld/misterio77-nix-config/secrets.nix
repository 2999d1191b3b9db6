# Misterio77/nix-config's .sops.yaml, ported: its anchors name the
# recipients, the user misterio (a PGP key) is the admin, the hosts (age
# keys) are targets; each host reads hosts/<host>/secrets.yaml, and every
# host reads hosts/common/secrets.yaml.
let
  host = name: age: { inherit name age; };
in
{
  flake.secrets.hosts = {
    recipients.admins = [ { name = "misterio"; pgp = "7088C7421873E0DB97FF17C2245CAB70B4C225E9"; } ];
    recipients.targets = [
      (host "atlas" "age1hm5lf4qk84r4wh00atn6hpts7mpdx80adq26wht2e5qh9ewvhyaszfv82d")
      (host "merope" "age1709qfrwglm75v5x8lpuhryt83k6p6c90npplzzec6a5w8ct93ejscpqpc3")
      (host "alcyone" "age1uxvuygmvwpfjrd9d3ulg6ln8dgvaw4l2c90mw0tr72qg3n8vd9ns3dm000")
      (host "celaeno" "age1gxhy9eq38xfplay0kvkeyvsg96g0c4p6rkhajkrj8nc9dswdzqhssgvns0")
      (host "taygeta" "age1szxq4pz3wuxrs5ynqt3gys4wxslg27lr67smsqvg5guhap800szs3y73vd")
      (host "maia" "age150kp4hx4qzfpcxayyfh8xcv8nf0uudppsknwgzgj724djqup2qvqz2gwj5")
      (host "pleione" "age1mhlh8lj8jv58xy9mdhsarfyanckyx8c2xdu09xrn23nrc56e94xserztxx")
    ];
    secret = builtins.listToAttrs (map (h: {
      name = h;
      value = { file = "hosts/${h}/secrets.yaml"; targets = [ h ]; };
    }) [ "taygeta" "celaeno" "alcyone" "merope" ]) // {
      common = { file = "hosts/common/secrets.yaml"; targets = [ "*" ]; };
    };
  };
}
