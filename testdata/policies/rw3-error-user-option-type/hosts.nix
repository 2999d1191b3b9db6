{
  fleet.hosts = {
    sensor-gw = "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4";
    # new host key plus the old one during the migration
    broker = [ "age19n74zmav4lwz7faafhzk7sr56y7as7kqat093gcc6p0zfmwsqdpqp68kaj" "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw" ];
  };
}
