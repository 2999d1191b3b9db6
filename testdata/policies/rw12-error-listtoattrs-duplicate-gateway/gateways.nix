{
  gw-fra = "age1wz7mm25ffw94xxleg5a680v3arfydvelpge8zs64wnc22uy64usq0cer53";
  gw-ams = "age1en2equ9yfdwwlwl5f45cvd6vz57zxeffyk4lwxd9cm2v0a3qfvwqmy4wn4";
  gw-lon = "age14d9ky6ptyxgu9h0sqrned0rfupnc4w984s723u6tx20f6g3pyf2shzeefs";
  gw-nyc = "age1wl5cump2dgnpptfgvlqepct3mrsmqyjwz5wvv93ure6m7t348phs8m0qen";
  gw-sin = "age1hzk4yspchk6zswr7ytqd4zvzp4n4clzxulhmtua2eptva6hgwets0pq8cy";
}
