{
  heidi = "age1sccnlmq7j9nv8w745rsfuqz9e0d5j8hzysrdf573ke23dackvsqsez4zzq";
  ivan = "age1mcujx77w4z3epcru8jld33e0evsl2zlk88urxekwn3yytjas35pq5qhck8";
}
