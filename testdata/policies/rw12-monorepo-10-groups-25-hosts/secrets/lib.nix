{ lib }:
rec {
  people = {
    amy = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
    bart = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz";
    cleo = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj";
    dirk = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf";
    emre = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79";
    fenna = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy";
  };
  hosts = import ./hosts.nix;
  person = name: { inherit name; age = people.${name}; };
  host = name: { inherit name; age = hosts.${name}; };
  hostsOf = product: env: lib.filter (h: lib.hasPrefix "${product}-${env}-" h) (lib.attrNames hosts);
  mkProduct = { product, owners, secrets }:
    lib.genAttrs [ "prod" "staging" ] (env: {
      recipients.admins = map person (owners ++ lib.optionals (env == "staging") [ "fenna" ]);
      recipients.targets = map host (hostsOf product env);
      directory = "secrets/${product}/${env}";
      secret = lib.mapAttrs (_: s: s // { targets = s.targets or [ "*" ]; }) secrets;
    });
}
