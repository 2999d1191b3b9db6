{ config, lib, ... }:
let cfg = config.secretsTeam; in
{
  config = lib.mkIf cfg.enable {
    flake.secrets.${cfg.group} = {
      recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) cfg.members;
      secret.jira-token = { };
      secret.slack-webhook.admins = lib.take 1 (lib.attrNames cfg.members);
    };
  };
}
