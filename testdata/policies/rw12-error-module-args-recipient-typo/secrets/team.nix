{
  admins = [
    { name = "uma"; age = "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4"; }
    { name = "vic"; age = "age19n74zmav4lwz7faafhzk7sr56y7as7kqat093gcc6p0zfmwsqdpqp68kaj"; }
  ];
  oncall = { name = "oncall"; age = "age1j82hp0jmwuedz4ngsjxcx892w4p77ek88l067lmv68p6dsvxxp7snfa64k"; };
}
