using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ContractDocs.Benchmarks.StandardContractBenchmarks).Assembly).Run(args);
