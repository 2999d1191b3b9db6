{ name, ... }:
{
  imports = [ ./common.nix ];
  recipients.targets = [ { name = "${name}-api"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
  secret.api-env.targets = [ "${name}-api" ];
  secret.root-token = { };
}
