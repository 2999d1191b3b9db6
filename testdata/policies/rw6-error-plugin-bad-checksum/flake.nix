{
  description = "Mistake: a FIDO2 plugin recipient (age1fido2-hmac1…) with one character changed";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.personal = {
        recipients.admins = [ { name = "me"; key = [ "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw" "age1fido2-hmac1raq0eyk6ystfgagf08hxeavz7t2a055wrqe4mcz6h32dq4swpafsy3z3c44" ]; } ];
        secret.password-store-key = { };
      };
    };
}
