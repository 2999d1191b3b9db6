# Non-ASCII text before findings on their lines: SARIF counts columns in
# UTF-16 code units, the text format in bytes.
{
  flake.secrets.prod = {
    recipients.admins = [ { name = "alice"; age = "age1cfvu9thlz6qwl0u7jrqf8kqqgnq76nsp609qzrqw2ard8ectue8sssx4c5"; } ];
    secret.cafe.targets = [ /* 🔑 Zoë's laptop */ "zoe" ];
  };
}
