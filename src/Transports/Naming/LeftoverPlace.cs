namespace IpcBench.Transports.Naming;

/// <summary>
/// Where one family of transports leaves named objects if its process is killed, and how such an
/// object is removed. Each family declares its own; <see cref="StaleObjects"/> sweeps them all.
/// </summary>
/// <param name="Folder">The folder the objects appear in.</param>
/// <param name="Pattern">A file-name pattern that matches only this suite's names there.</param>
/// <param name="Remove">Removes one object by its path; null to delete the file or folder.</param>
public sealed record LeftoverPlace(string Folder, string Pattern, Action<string>? Remove = null);
