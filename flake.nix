{
  description = "secrets-lsp: a SOPS access policy for Nix flakes (flake-parts module), its language server and CI check";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    # The module's tests run against this nixpkgs lib (see README "Nix tests"),
    # so flake-parts uses the same one.
    nixpkgs-lib.url = "github:nix-community/nixpkgs.lib";
    flake-parts.url = "github:hercules-ci/flake-parts";
    flake-parts.inputs.nixpkgs-lib.follows = "nixpkgs-lib";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ flake-parts.flakeModules.flakeModules ];

      systems = [ "x86_64-linux" "aarch64-linux" "x86_64-darwin" "aarch64-darwin" ];

      # The module teams import: `imports = [ inputs.secrets-lsp.flakeModules.default ];`
      flake.flakeModules.default = ./nix/flake-module.nix;

      perSystem = { pkgs, self', ... }: {
        packages.default = pkgs.callPackage ./nix/package.nix { };

        devShells.default = pkgs.mkShell {
          inputsFrom = [ self'.packages.default ];
          packages = [ pkgs.gopls pkgs.sops pkgs.age pkgs.neovim pkgs.nodejs ];
        };

        checks = {
          package = self'.packages.default;
          # Every golden vector under testdata/policies still evaluates to its
          # secrets.json and sops.yaml, and every error vector still fails.
          # scripts/test-nix.sh also compares the error texts, which Nix
          # cannot catch.
          policies =
            let
              harness = import ./nix/tests/harness.nix {
                inherit (inputs) flake-parts;
                secrets-lsp = inputs.self;
                # Vectors may reach lib through inputs.nixpkgs.lib.
                nixpkgs = { inherit (pkgs) lib; };
              };
              dir = ./testdata/policies;
              cases = builtins.attrNames (pkgs.lib.filterAttrs (_: type: type == "directory") (builtins.readDir dir));
            in
            assert builtins.all (case: harness.matchesGolden (dir + "/${case}")) cases;
            pkgs.runCommand "policy-golden-vectors" { } "touch $out";
          # `secrets-lsp --check` on this flake and on the bundled example:
          # policy errors, a stale .sops.yaml, encrypted files whose
          # recipients do not match, plaintext. It reads SOPS metadata only,
          # so no key is needed (README, "secrets-lsp --check").
          secrets-check = pkgs.runCommand "secrets-lsp-check" { nativeBuildInputs = [ self'.packages.default ]; } ''
            secrets-lsp --check ${inputs.self} ${inputs.self}/examples/basic
            touch $out
          '';
        };
      };
    };
}
