{ machines }:
{
  recipients.targets = builtins.attrValues (builtins.mapAttrs (name: m: m // { inherit name; }) machines);
  secret.cache-key.targets = builtins.attrNames machines;
}
