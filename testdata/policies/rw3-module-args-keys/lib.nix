{ lib }:
rec {
  mkRecipient = name: key: { inherit name key; };
  mkRecipients = keys: names: map (n: mkRecipient n keys.${n}) names;
}
