{
  description = "SSH public keys as age recipients: comments are not part of the key";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [
          { name = "alice"; age = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINGVxRW/3+CuZeE8ZdHszAI4fv0lAP2bJLHomaGIGyMJ alice@example.com"; }
          # The same key pasted twice with different comments is one key.
          { name = "alice-laptop"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINGVxRW/3+CuZeE8ZdHszAI4fv0lAP2bJLHomaGIGyMJ alice on her laptop"; }
          { name = "legacy"; age = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQDQctJKXc7Fx6JIjDyQZdkJnWAF/0r6qEsoYBz7mgNQHKUm102XigTuiJueXRaejIdSgSQ0mrC51DgnP5HlRIy07ZtZl8OzaX0MuwfDKZqgK8Y4Ff6u0PuLn7Pein48zS43QsogcgLQBMeDlOvOPPwF3MCzJM1GuPO2CLMcv6cy6xP/rScAcy4uKBfmXReLKbvRUwefPJB7XXgsLgeo4WBDCl7oFhCN1VmKua72/Whi/4hM4czwoXMoHC/eEkpIVhqCK6WDtAM+eCTRPPVhB7SrI9nNxTG0pU56ktI8LHarAeZULOvHvYa/U3JJwGZK7Hvgd0W7iDjRPHEKiIS3INOipJ6FCWuH+5V4SQKlCAjAgSp6utU/tjSDokB8s9MZZB+BzpLKO5lyR0T/B9Yr625W+9qwuV7DfLVX96M+NFSH7vDcsZytdi0UKEnC4otRW2M4BAkIlnKplniS0mHt6bAmXiMkcQllcumH5+gGtxwtmpxXwz0izbLAtGlAya5EaZM= legacy@example.com"; }
        ];
        recipients.targets = [
          # Host keys usually come without a comment.
          { name = "web1"; age = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFOX8h7xbYFjR4Srw86Nr7Q+JvLzvJHobsZDhZ2FXKGR"; }
        ];
        secret.deployKey.targets = [ "web1" ];
      };
    };
}
