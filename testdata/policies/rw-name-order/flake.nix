{
  description = "Names whose byte order differs from a human's: capitals, digits, _, -, . in group, secret and recipient names; rules and enum lists follow Nix's order";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = [ "b" "B" "a-1" "a.1" "a_1" "_a" "0a" "A1" ];
        keysFor = lib.listToAttrs (lib.imap0 (i: h: lib.nameValuePair h (builtins.elemAt [ "age1cjzgl735s0ttx33mk4k6s6m93m4ul6ga6jqentpzedja4khf8dwsu5xyz0" "age1qwq4g0xx8cjsm8suzzefm76y3j0nkww9srhnjymlgen4sqdwe55swszndm" "age1a8n4f6maw0tvfkw5wlpyshtxq8pqmyr6qxrwzzj3eak5qej9lvcqfgtfjw" "age1etrrxkemegd0awf7994x4cvz43r2esr0tqz0a52dypsgsre92v9qs8ya7h" "age16vhhs0wezhmkh4v6n07e2smkur93w8xp7fhk6cfs76pmp5vtxglqsfu4uv" "age1nafjrd78f83gr379uy4pcv94aldu63cwpy5fsgg2rdz7unj9xdwsuj4myg" "age1p3qzsk6eqpcjk9hj64rsdrk6gdeh6fzagwtc2sxymrpfnp39fgssnk2esj" "age1duan9z29l7ymdncyz46ethhhxxma3nllazsp0eq7qj2mefna29dq4sccrt" ] i)) hosts);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets = lib.genAttrs [ "Prod" "prod" "prod-eu" "prod.us" "prod_asia" "0-test" "_internal" ] (g: {
          recipients.admins = [ { name = "Zed"; age = "age16xluwtrgny5v5mvjafx3q8wnegvew43s2xz7dygfqun68pxvsqnqcxj0uu"; } { name = "amy"; age = "age1g92flhe6a73lx655vep84lafrtpgdwq9zp6l2kwy85qfvgymt9uq9qq8j3"; } ];
          recipients.targets = map (name: { inherit name; age = keysFor.${name}; }) hosts;
          secret = lib.genAttrs hosts (h: { targets = [ h ]; })
            // { "Z" = { }; "z" = { }; "10" = { }; "9" = { }; "Aa" = { }; "a" = { targets = lib.reverseList hosts; }; };
        });
      });
}
