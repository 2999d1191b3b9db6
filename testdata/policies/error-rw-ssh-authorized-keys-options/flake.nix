{
  description = "An authorized_keys line with options pasted as an age recipient";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [ { name = "alice"; age = "age1pnuz2xy8ztztjm8xeqatg806gwee0w3k44vjuqmcdg8akx4rz5xs0xafv8"; } ];
        recipients.targets = [ { name = "bastion"; age = ''from="10.0.0.0/8" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP23JQbtlwR1jqz2SdINe5vY9NLSZ8f7XhfNsbdSjqvj root@bastion''; } ];
        secret.jump.targets = [ "bastion" ];
      };
    };
}
