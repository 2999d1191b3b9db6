{ lib, ... }:
{
  flake.secrets.prod = {
    recipients.admins = [
      { name = "sre"; age = "age1rcuj0fn0gx2z7dsm99eg7vv4tmcvud4v0wmkvyh2sgkn2lq6h5vq63gfd2"; }
      { name = "ci"; kms = "arn:aws:kms:eu-central-1:123456789012:key/0f8e2a4b-1c3d-4e5f-8a9b-0c1d2e3f4a5b"; }
    ];
    recipients.targets = lib.genList (i: { name = "prod-${toString (i + 1)}"; age = builtins.elemAt [ "age1pcq5yzhrrthy5z48kew5jme65dyfyxdqe9r67wtr0j0fgqa0rqwqxh4pfa" "age14j6zgqukezglfhnth5hlr46lqreq5jhsttsq5gyw746hk0mzvcjqretwgj" "age1pnuz2xy8ztztjm8xeqatg806gwee0w3k44vjuqmcdg8akx4rz5xs0xafv8" ] i; }) 3;
    secret.api-token.targets = [ "*" ];
    secret.signing-key = { admins = [ "sre" ]; targets = [ "prod-1" ]; };
  };
}
