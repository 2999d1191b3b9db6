# getsops/sops' own .sops.yaml, ported: one rule for every file, with the
# two PGP keys of its functional tests (pgp/sops_functional_tests_key.asc
# is the first). Each encrypted example and test file of the repository is
# a secret; they were written by sops 1.13 to 3.13.
{
  flake.secrets.examples = {
    recipients.admins = [
      { name = "functional-tests"; pgp = "FBC7B9E2A4F9289AC0C1D4843D16CEE4A27381B4"; }
      { name = "second"; pgp = "D7229043384BCC60326C6FB9D8720D957C3D3074"; }
    ];
    secret = {
      example-yaml.file = "example.yaml";
      example-json.file = "example.json";
      example-ini.file = "example.ini";
      example-binary.file = "example.txt";
      per-file-github.file = "examples/per_file/config.enc/static_github.json";
      comments.file = "functional-tests/res/comments.enc.yaml";
      unencrypted-comments.file = "functional-tests/res/comments_unencrypted_comments.yaml";
      format-env.file = "functional-tests/res/format.enc.env";
      format-ini.file = "functional-tests/res/format-2.enc.ini";
      format-json.file = "functional-tests/res/format.enc.json";
      multiple-keys.file = "functional-tests/res/multiple_keys.yaml";
      no-mac.file = "functional-tests/res/no_mac.yaml";
      sops-1.file = "config/test_resources/example.yaml";
      ini-store-kms.file = "stores/ini/test_resources/example.json";
    };
  };
}
