{
  description = "Every kind of key a real hybrid setup mixes: YubiKey and TPM plugin keys, post-quantum, ssh-rsa with a comment, v4 and v5 PGP fingerprints, KMS with a role, GCP, Azure with a version, Vault over http with a port, typed fields and the key short form in one list";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        yubikeys = [
          "age1yubikey1qff0yfn95cxp955frpwe2rhgsymqj9n0dvgn69udds8a8yql7gu6zkz0awa"
          "age1yubikey1qwsftus0jw2k2r8e8q9cakezff4jfzs7jf8gl59w9cdffy4rxp03s6jtgx0"
        ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.vault = {
          recipients.admins = [
            { name = "sec-officer"; age = yubikeys; pgp = "85D77543B3D624B63CEA9E6DBC17301B491B3F21"; }
            { name = "paper-backup"; age = "age1pq16f4rdgjvs2jq4zg7hdjj82wvrcjnzj5pq0rlxhxaxsu53cgy9du9khpg0x4gqmkaegzqh7xx52u6035r0dpf3jn7khraw5mwwgnpdg85klz7gdrusfh47fg4exvewulqc8uewffj58ylzy60fjtk8kkye9h2rt7e6zr0mpgg6ug5nzg8qgj2enkyvw0jdtqj39zq9j7grwdmywy5j4t6ljzlsf2m34esvvj4vkdzgg9py2a59hvkw7hvxan6praj3qag8kqztg9xe45jpxarylscrg8vhfzq2nzk4wv9y4nu4rmp9gu4zzxtxcanwae45908x2e4spx3u9vra59uk5gsxgawy9ggxzklpzm6xcrq75w5xhvgcuuxhf9eg5u5dsspfymzt5wkksn9cecghfvhx5995xx550jthnummdy67eavsx6mxccgf3kkkglqs53646gd80kqg63r9hw2vcy949j3x9t85x2e22v9sgzawxavmf6mf9veawcsd66p3k34cd6s7pvrhpyqgszp25cmt8dpgpgz93p6ljgud82xkqqg2wn0kc5572427spze4qyvdxppvtqylt6l2z30p9ufkdp5e8rwsz73fpj7xtuguvgk33ks9ecrashssztqqm325vzjzechzj8crdyvekkkavqcqfwh65jkyvyn5eewzk4vjnmj6pj8d9jdlsceue2z4rz2apvjscxswzsttvug3lywp9uhy7lpa58m6xrhzspve4hywjd3nrq69tqh6aqlc5pkh75rq0565sflv3upgvvdu28cljqxkx9yufl9w9g5c9uey238n2l4tmmudm2aat9hcz8lzjk5jux9nf2p2hsyzysfkexa6w59y9hqnutz30st7q8q4m3zvuyth260089m3qstkgqauer7y8zk3gucnpxtgm9wnzjnlsnln8rssyhskhwxxtnh75t0n78vj5kv0zeyelqzvrj5ze9lsmzqkpmpkcv4szqqm9j5cgnp72rwk38cl3lzztmj6ayjzfyj4ac076khrthjclcufqfpd9sl7a5h4agw4ejzvye8wffauwpgdyjz9fucjqkdqc24gg9kedtkd2r87qxjcsnvwmqkv580kfkrr3x93zm822d89a9rv0f55zu7ls5a89keg6e0sl8fwmgzf563eajtdv28sgwk9w429n9vdmfylzm22qh4yhuckc6g0ym36djrrc6cv2r828lzaafdqmv249r8ke4rvpm5jq0z6thwsk3wxqsj06udjpuzqn3x4sh65hqxkm67x6prphnyxwzfn9a6pqamyeypgf2pve4839g0jh2exyfn2y25qtmwjh4yw04xjdh7h9wu9ax4hyswr29kmhv8grcv5p72s3vp4qnwtpqymwn4xujsjshp2pmvv6nkz92dql0pwv057kkkfrt939qp6wgh05d49cpmdez54w9lxp6rlpp2wswedmzys523p6mvrcy50atsawjk6tw2z22ke4adlv94fh559kcfsq6t2247p643m3t4a5q80j5zkrs2c5zczv2jkytjxhkym3kyqjp9yr0hnp0fks5ckjpfjeu8rn56dw8x5fe2avrgdhnw27q5k7etqcgetq0dlgkwsrfd6y3syhjtxja96rsvh4565env9a6gl5uw403mc4r5sy22qgnkdrsspmjyw27w8r7g8sfm3hv8x7hqe45p9ffh9scensgsxuhzsxqwsu4w4cny94dklppc85x08v2xvrdhyqtjcrrhedt6ljgfztyz5n2cv2lm7pre89xs2gg9lwwgg9hwmxcm9n4pw65g3cqxlsc9d4hwm9zhmg023v8r3wfuhhtkcjpu0g85739l2s28n0j8xxn3p2l2cstquqxyns2mzt7pn0pzpq9y3ra9f3mwspmumvpvypuvz2nh7xl4dyzrq9y7vcy"; }
            { name = "legacy-admin"; key = [ "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCbyHqbv3prqe3WC/Vu2DMM3NhDTti1avi4kpRpjiIHhF3KGjwf03HnngxBWogi/W/YngKjKhi3lHXTv1bQvxpLqPSnlqWGpijWN1kIX3b5H3bbGK+DZwG3fVmPrWBDluS6qCk43XlJPg8yNcUyYfeVcOA20rw6CBWlWy96LZipxITm1FShfadrWicf1JdcKuP/6m7TMf8twgADvbZFK79N8bn+hldblTINFZdLKKRXWQEAjX692W/4TAAAIk8Wvr+A410WSn0Q4z3W5pnPNSVVe//mGahAU0Dh/3OI1klPLbz5wbZwdpsjRHoCcKyGGQPiPsEHUNlRFVCZ9oGv40SF rsa3@legacy" "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" ]; }
            { name = "aws"; kms = [ "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab+arn:aws:iam::123456789012:role/sops-admin" "arn:aws-us-gov:kms:us-gov-west-1:123456789012:alias/sops" ]; }
          ];
          recipients.targets = [
            { name = "tpm-host"; key = "age1tpm1qjxtvyysp70rglaw3pkuv5rhjhk8ghzv8l9javk88c2fxnyx0ms90wnjfxdl5ys7sd4j4s2hymh866c276438suwjt9wp52s27c4nxrl4fy54c"; }
            { name = "gke"; gcpKms = "projects/acme-prod-1234/locations/europe-west3/keyRings/sops/cryptoKeys/gke-secrets"; }
            { name = "aks"; key = "https://acme-kv.vault.azure.net/keys/sops-key/0a1b2c3d4e5f60718293a4b5c6d7e8f9"; }
            { name = "nomad"; key = [ "http://127.0.0.1:8200/v1/sops/keys/nomad" "age10h0qmery36tt7ewkylfvr499py6fq3nyzt6qr0zftq0ek7pae3mqdmjc06" ]; hcVaultTransit = "https://vault.acme.internal:8200/v1/transit/eu/keys/nomad"; }
          ];
          secret.root-token = { admins = [ "sec-officer" "paper-backup" ]; };
          secret.k8s = { targets = [ "gke" "aks" ]; file = "k8s/secrets.enc.json"; };
          secret.nomad-acl.targets = [ "nomad" "tpm-host" ];
          secret.everything.targets = [ "*" ];
        };
      });
}
