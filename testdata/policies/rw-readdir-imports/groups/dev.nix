{
  flake.secrets.dev = {
    recipients.admins = [ { name = "devs"; age = "age1nv4m5js427a7mc4jq7z57k9587tj7f88ekkcekrzud793w2v8s6s4hanuu"; } ];
    recipients.targets = [ { name = "dev-vm"; age = "age1ltcsgm0ktwtcwdjnsjv8zxj2046aeqquyu7e9e6hj8ngjkp8uy8s59hl00"; } ];
    secret.api-token.targets = [ "dev-vm" ];
  };
}
