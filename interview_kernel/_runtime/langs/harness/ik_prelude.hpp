// What LeetCode's C++ puts in scope before the candidate's code (precompilable).

#include <bits/stdc++.h>
#include <cxxabi.h>
#include <unistd.h>
using namespace std;
