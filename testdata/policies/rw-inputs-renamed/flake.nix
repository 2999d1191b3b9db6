{
  description = "Inputs under names of the team's choosing, recognised by their URLs";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    parts = { url = "github:hercules-ci/flake-parts"; };
    sops-policy.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ self, ... }:
    let
      # The harness names the inputs as secrets-lsp documents them; a team's own
      # names resolve the same way in a real flake.
      parts = inputs.parts or inputs.flake-parts;
      policy = inputs.sops-policy or inputs.secrets-lsp;
    in
    parts.lib.mkFlake { inherit inputs; } {
      imports = [ policy.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.home = {
        recipients.admins = [ { name = "me"; age = "age10jsc02wdavu524p0h6j3v38wths8754tpp5d2cqnla73u8rdscmsezxzzc"; } ];
        secret.wifi = { };
      };
    };
}
