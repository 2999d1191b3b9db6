{ lib, ... }: { flake.secrets.prod.secret.smtp.file = lib.mkForce "legacy/smtp.yaml"; }
