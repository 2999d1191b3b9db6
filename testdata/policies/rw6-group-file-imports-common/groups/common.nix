{
  recipients.admins = [
    { name = "sec-lead"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
    { name = "sec-kms"; kms = "arn:aws:kms:eu-west-1:123456789012:alias/sops-admins"; }
  ];
}
