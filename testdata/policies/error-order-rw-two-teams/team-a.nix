{
  flake.secrets.dev = {
    recipients.targets = [ { name = "dev-box"; age = "age1ym57ldq9hy5hm22pdauuz9ywc0jdy3jlte2l85qtuq2jq6ns642qcz9ys6"; } ];
    secret.api.targets = [ "devbox" ];
  };
}
