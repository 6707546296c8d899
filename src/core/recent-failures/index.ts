// Recent-failures evidence: a bounded, deduplicated window of TLS failures across hosts.
export * from './window';
