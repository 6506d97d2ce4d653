namespace DpfDomain.Identity;

/// <summary>Sex as encoded in a resident identity number (the 17th digit: odd male, even female).</summary>
public enum Sex
{
    /// <summary>男 — the sequence code's last digit is odd.</summary>
    Male = 1,

    /// <summary>女 — the sequence code's last digit is even.</summary>
    Female = 2,
}
