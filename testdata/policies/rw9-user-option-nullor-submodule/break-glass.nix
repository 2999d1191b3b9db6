{
  breakGlass.kms = "arn:aws:kms:eu-west-1:123456789012:alias/break-glass";
}
