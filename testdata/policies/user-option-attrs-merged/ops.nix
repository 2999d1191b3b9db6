{
  tags = { owner = "ops"; tier = "2"; };
}
