[
  { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
  { name = "bob"; pgp = "4E1F799AA4FF2279B5C5D3A8E0B0B1B7C7D2E3F4"; }
]
