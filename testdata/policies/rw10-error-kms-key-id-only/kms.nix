{ lib, ... }:
let
  acct = { global = "111122223333"; china = "444455556666"; gov = "777788889999"; };
  arn = partition: region: account: res: "arn:${partition}:kms:${region}:${account}:${res}";
  role = partition: account: name: "arn:${partition}:iam::${account}:role/${name}";
in
{
  flake.secrets = {
    global = {
      recipients.admins = [
        { name = "sops-mrk"; kms = [
            (arn "aws" "us-east-1" acct.global "key/mrk-1234abcd12ab34cd56ef1234567890ab")
            (arn "aws" "eu-west-1" acct.global "key/mrk-1234abcd12ab34cd56ef1234567890ab")
          ]; }
        { name = "recovery"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
      ];
      recipients.targets = [
        { name = "ecs-task"; kms = "${arn "aws" "us-east-1" acct.global "alias/app/prod/sops"}+${role "aws" acct.global "service-role/ecs/app-task"}"; }
      ];
      secret.app-env.targets = [ "ecs-task" ];
      secret.root-ca = { };
    };
    china = {
      recipients.admins = [ { name = "cn-kms"; kms = arn "aws-cn" "cn-north-1" acct.china "alias/sops"; } ];
      secret.app-env = { };
    };
    gov = {
      recipients.admins = [ { name = "gov-kms"; key = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"; } ];
      secret.app-env = { };
    };
  };
}
