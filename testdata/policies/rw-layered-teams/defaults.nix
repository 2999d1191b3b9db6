# Every group gets a fallback admin unless a team module names its own.
{ lib, ... }:
{
  flake.secrets = lib.genAttrs [ "platform" "data" ] (_: {
    recipients.admins = lib.mkDefault [ { name = "fallback"; age = "age1a8n4f6maw0tvfkw5wlpyshtxq8pqmyr6qxrwzzj3eak5qej9lvcqfgtfjw"; } ];
  });
}
