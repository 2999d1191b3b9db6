{ ana = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; mx1 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"; }
