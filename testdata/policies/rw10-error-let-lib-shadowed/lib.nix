{ person = name: age: { inherit name age; }; }
