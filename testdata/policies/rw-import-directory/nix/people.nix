{
  flake.secrets.prod.recipients.admins = [
    { name = "erin"; age = "age1fm27nemq7za7v7et6k5m5h3j5dydjw23n22cdsfj4mycyhhwj5eskwv5ee"; }
    { name = "frank"; key = [ "age1hvupnuegz8wwpptayqxylj706r9y4x5xphd4w58jtjlk3g2ljyys3m05wt" "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINNAiOWtiDdrjJadgyz8Xh51wbj9uTyh2g3fJqrymu+T" ]; }
  ];
}
