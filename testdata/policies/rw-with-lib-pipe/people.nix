{
  alice = { keys = [ "age1l6j4vfgz0xmxgv9fxrsv3xa2k6lmwmr0x77nqdfaxyu7jp037vwqt5tz5z" "age1yubikey1qff0yfn95cxp955frpwe2rhgsymqj9n0dvgn69udds8a8yql7gu6zkz0awa" ]; team = "platform"; active = true; };
  bob = { keys = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGMZ9rZP1aWfTWfFFnOk6yETB4S5PseVYJBPVe916Sxm" ]; team = "platform"; active = true; };
  cleo = { keys = [ "age1ynxe2z5sg86r029qzx2nxy6qefvjrg5j9rj4mwgmj4taakdauues2kqr6n" ]; team = "data"; active = true; };
  dmitri = { keys = [ "age1v65upgmrd99h2a7c2ejfv36eqtmtkc9eyvvly84zl6zuhsn0vq4sj5xzrw" ]; team = "data"; active = false; };
  eve = { keys = [ "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC9sDcf6FzokRX8DEH3kPmu9MxcSWtNwb2kBsgIWGQ7TBa6Dv9cgcnK/wHC1o7NcvycfOzpgRrP6FqAU/mrt0Nw2dC8mBUs6dT8GEYrHc9yZAIf70qS8FU+Ym3AIxm0CQ7NpkRWkWopx+bVC4OCPGrM/yLhXzdj6YRQ3Wlj7sNvhwUPvExNZii3JkL/0Ks8Q7BADzvg2hLPznlgWXWErnYrMVH67a/0PpITrfquG4RNOmLRH6wcesXL5ew9xu7XOaOXu4qptpgfvAVBF89Arag3x2zg7Qu0WvCA059Ib5qcAbiGRRdtEuR9BFxfDKx1wAwRUxVdKZWBZLMmO3rRnkDF rsa2@legacy" ]; team = "security"; active = true; };
}
