# Public keys of everyone and everything that may decrypt a secret.
# Private keys never enter this repository.
#
# Removing someone: delete their key here, run `nix run .#write-sops-yaml`,
# then `sops updatekeys` and `sops rotate` on every file they could read, and
# change the secret values themselves: git history keeps the old files.
{
  people = {
    alice = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv";
    bob = "age1mjsw77acel6hdzd3p3y6eq3wjyl4m4u83znfh4p4szt7a9jpe56st6ps74";
    # Joined this quarter: dev and staging only.
    carol = "age1x83r3k0whvdrlj6lre3dn4w4qw0lf7fankx5kl6y8fka7mhd6gvsdg9x5q";
  };

  # Automation decrypts through AWS KMS: no key material on the CI runners.
  kms = {
    staging = "arn:aws:kms:eu-west-1:111122223333:key/0b7e0c7a-0d1e-4a39-9d55-6f1f6f0e3c11";
    prod = "arn:aws:kms:eu-west-1:444455556666:key/5c2e9f4b-7d3a-4b8e-a1c6-9e0f2d4b6a88";
  };

  # Printed on paper and kept in the office safe: decrypts prod when AWS cannot.
  recovery = "age14awrtsvv3hu6n4wxq8w7pffk9gl4f89tartyxfhdjm284dfwq46setu2xw";

  hosts = {
    # A host's SSH key works as an age recipient (ssh-to-age not needed).
    dev1 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFOX8h7xbYFjR4Srw86Nr7Q+JvLzvJHobsZDhZ2FXKGR";
    staging1 = "age1lqymhj02z3wwfed2vgy6u5v0cvpwufctef3tzxwndydnr45rmvcq9ly6sa";
    web1 = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg";
    web2 = "age1yflkun7n5n62c6a6p05t8ex9h4elal5xuf38lnq65fsyzmheevxqwm2w7y";
    db1 = "age1m2q7ythr3vw5f88elwvpx0zaafrvzh2q82qh95222ul0fzgsgszqj4mmh7";
  };
}
