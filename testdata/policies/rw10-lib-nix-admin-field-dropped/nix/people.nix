let p = name: key: { inherit name key; }; in
{
  alex = p "alex" "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
  sam = p "sam" "85E38F69046B44C1EC9FB07B76D78F0500D026C4";
}
