let
  names = { alice = "alice"; bob = "bob"; };
in
{
  flake.secrets.team = {
    recipients.admins = [ { name = "alice"; age = "age1r79ms9jtchlnkz4gygcwtwcnjfjm68nh5t40lj654d0qdpx6qd3qau5h4s"; } { name = "bob"; age = "age1y9pcz3562vg9dzrcl0yapdsm8scma4shmtv0k64yzy4zp00tf48qqrajcy"; } ];
    secret.npmToken.admins = with names; [ alice bobb ];
  };
}
