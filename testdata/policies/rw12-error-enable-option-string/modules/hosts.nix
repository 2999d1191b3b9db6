{
  # staging was shut down in March; flip back when it returns
  infra.enableStaging = "false";
}
