# The flake-parts module: `flake.secrets.<group>` declares who may decrypt
# which SOPS-encrypted file, and `.sops.yaml` is generated from it.
# docs/policy.md is the contract; ./lib.nix holds the computations.
{ lib, config, self, ... }:
let
  inherit (lib) mkOption types literalExpression literalMD;
  policy = import ./lib.nix { inherit lib; };

  keysOption = what: mkOption {
    type = types.coercedTo types.str lib.singleton (types.listOf types.str);
    default = [ ];
    example = literalExpression ''[ "age1…" ]'';
    description = ''
      ${what} A string or a list of strings; always a list when read. Every key of a
      recipient is used: any single one decrypts.
    '';
  };

  recipientType = types.submodule {
    options = {
      name = mkOption {
        type = types.str;
        example = "alice";
        description = ''
          The recipient's name, unique within its list (`admins` or `targets`).
          Letters, digits, `_`, `-` and `.`, not starting with `-` or `.`.
          Secrets select recipients by this name.
        '';
      };
      key = keysOption ''
        Keys whose type is read from their syntax: `age1…` and `ssh-ed25519 …`/`ssh-rsa …`
        are age keys, 40 or 64 hexadecimal digits a PGP fingerprint, `arn:…` an AWS KMS
        key, `projects/…` a GCP KMS key, `http(s)://HOST/v1/…` a Vault transit key and
        `https://HOST/keys/…` an Azure Key Vault key. A key of no recognisable type is an
        error: use a typed field.
      '';
      age = keysOption ''
        age recipients: X25519 (`age1…`), post-quantum (`age1pq1…`), plugin
        (`age1<plugin>1…`), or an SSH public key (`ssh-ed25519 …` or `ssh-rsa …`,
        optionally with a comment).
      '';
      pgp = keysOption "PGP key fingerprints (40 or 64 hexadecimal digits, no spaces).";
      kms = keysOption ''
        AWS KMS key ARNs (`arn:aws:kms:REGION:ACCOUNT:key/ID` or `…:alias/NAME`), optionally
        followed by `+arn:aws:iam::ACCOUNT:role/NAME` to assume a role.
      '';
      gcpKms = keysOption "GCP KMS keys: `projects/P/locations/L/keyRings/R/cryptoKeys/K`.";
      azureKeyvault = keysOption "Azure Key Vault keys: `https://VAULT/keys/NAME` or `https://VAULT/keys/NAME/VERSION`.";
      hcVaultTransit = keysOption "HashiCorp Vault transit keys: `http(s)://HOST[:PORT]/v1/ENGINE/keys/NAME`.";
    };
  };

  recipientsOption = groupName: role: description: mkOption {
    type = types.listOf recipientType;
    default = [ ];
    apply = policy.checkRecipients groupName role;
    inherit description;
  };

  # Read by every computed value: the whole policy is valid, or this throws
  # its first error (see ./lib.nix, "validation").
  checked = policy.check config.flake.secrets;

  secretModule = group: { name, config, ... }:
    let
      adminNames = lib.unique (map (r: r.name) group.recipients.admins);
      targetNames = lib.unique (map (r: r.name) group.recipients.targets);
    in
    {
      options = {
        admins = mkOption {
          type = types.listOf (types.enum adminNames);
          default = adminNames;
          defaultText = literalMD "every admin of the group, in declaration order";
          example = [ "alice" ];
          description = ''
            The admins (names from `recipients.admins`) who can decrypt this secret.
            Order and repetition do not matter.
          '';
        };
        targets = mkOption {
          type = types.listOf (types.enum (targetNames ++ [ "*" ]));
          default = [ ];
          example = [ "web1" ];
          description = ''
            The targets (names from `recipients.targets`) that can decrypt this secret;
            `"*"` selects every target of the group.
          '';
        };
        file = mkOption {
          type = types.str;
          default = "${group.directory}/${name}.yaml";
          defaultText = literalExpression ''"''${directory}/<name>.yaml"'';
          example = "secrets/prod/tls.json";
          description = ''
            The encrypted file, relative to the flake root (where `.sops.yaml` lives).
            SOPS picks the file format from the extension.
          '';
        };
        _recipients = mkOption {
          type = types.listOf types.attrs;
          readOnly = true;
          description = ''
            Computed: who can decrypt this secret. Selected admins, then selected
            targets, each in declaration order, as
            `{ name; role = "admin" | "target"; keys = [ { type; key; } ]; }`.
          '';
        };
        _creationRule = mkOption {
          type = types.str;
          readOnly = true;
          description = ''
            Computed: this secret's `creation_rules` item for `.sops.yaml`, as YAML text.
          '';
        };
      };
      config = {
        _recipients = builtins.seq checked (policy.selectRecipients group config);
        _creationRule = builtins.seq checked (policy.creationRule config.file config._recipients);
      };
    };

  groupType = types.submodule ({ name, config, ... }: {
    options = {
      recipients = {
        admins = recipientsOption name "admin" ''
          Recipients who can decrypt every secret of the group unless a secret narrows
          its `admins`: people, CI, break-glass keys.
        '';
        targets = recipientsOption name "target" ''
          Recipients who can decrypt only the secrets that name them (or `"*"`) in
          `targets`: machines, services.
        '';
      };
      directory = mkOption {
        type = types.str;
        default = "secrets/${name}";
        defaultText = literalExpression ''"secrets/<group>"'';
        apply = policy.checkGroup name;
        description = ''
          Where the group's encrypted files live, relative to the flake root.
        '';
      };
      secret = mkOption {
        type = types.attrsOf (types.submodule (secretModule config));
        default = { };
        description = "The group's secrets, one encrypted file each.";
      };
    };
  });

  generated = pkgs: pkgs.writeText "sops.yaml" config.flake.sopsYaml;
in
{
  options.flake = {
    secrets = mkOption {
      type = types.attrsOf groupType;
      default = { };
      description = ''
        SOPS access policy, one attribute per group (for example `dev`, `staging`,
        `prod`). A secret can only select recipients of its own group.
      '';
    };
    sopsYaml = mkOption {
      type = types.str;
      readOnly = true;
      description = ''
        Computed: the whole `.sops.yaml` generated from `flake.secrets`, one creation
        rule per secret and no catch-all. Write it with `nix run .#write-sops-yaml`.
      '';
    };
  };

  config = {
    flake.sopsYaml = builtins.seq checked (policy.sopsYaml config.flake.secrets);

    # The scripts are spliced in (not run from a store path) so that their
    # text is all in one place and testable without nixpkgs
    # (scripts/test-nix.sh runs what these evaluate to).
    perSystem = { pkgs, ... }: {
      apps.write-sops-yaml = {
        program = "${pkgs.writeShellScript "write-sops-yaml" ''
          PATH=${lib.makeBinPath [ pkgs.coreutils pkgs.diffutils ]}:$PATH
          set -- ${generated pkgs} ${self}/flake.nix "$@"
          ${builtins.readFile ./write-sops-yaml.sh}
        ''}";
        meta.description = "Write the .sops.yaml generated from flake.secrets into the flake's directory";
      };
      checks.sops-yaml-up-to-date = pkgs.runCommand "sops-yaml-up-to-date" { } ''
        set -- ${self}/.sops.yaml ${generated pkgs}
        ${builtins.readFile ./check-sops-yaml.sh}
        touch $out
      '';
    };
  };
}
