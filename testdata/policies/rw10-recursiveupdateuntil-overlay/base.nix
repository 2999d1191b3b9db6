{
  recipients.admins = [ { name = "team"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
  recipients.targets = [ { name = "app"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; } { name = "worker"; age = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; } ];
  secret.api.targets = [ "app" ];
  secret.queue = { targets = [ "app" "worker" ]; admins = [ "team" ]; };
}
