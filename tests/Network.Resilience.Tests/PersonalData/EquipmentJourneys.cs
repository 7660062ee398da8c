namespace Network.Resilience.Tests.PersonalData;

/// <summary>
/// Partner B borrows partner A's laptop for workshops with named residents: the purposes, the refusal and the return
/// notes name them, as staff write them. Approved, handed over and returned; refused; cancelled by the borrower.
/// </summary>
public sealed class EquipmentJourneys(Cast cast)
{
    /// <summary>Partner A's laptop, with an approved loan to come whose purpose names a resident.</summary>
    public Guid Item { get; private set; }

    public async Task LoansAsync(Resident returned, Resident rejected, Resident cancelled)
    {
        ArgumentNullException.ThrowIfNull(returned);
        var item = Item = (
            await cast.StaffA.PostAsync(
                "/api/equipment",
                new
                {
                    name = "Ordinateur portable de l'atelier",
                    category = "laptop",
                    condition = "good",
                    shareable = true,
                    loanRules = new
                    {
                        maxDays = 7,
                        bufferHours = 0,
                        requiresApproval = true,
                    },
                }
            )
        ).Id();
        var start = DateTimeOffset.UtcNow.AddHours(1);

        var loan = await RequestAsync(item, start, $"Atelier CV avec {returned.FullName} ({returned.Phone})");
        await cast.StaffA.PostAsync($"/api/equipment/reservations/{loan}/approve");
        await cast.StaffA.PostAsync($"/api/equipment/reservations/{loan}/checkout", new { });
        await cast.StaffA.PostAsync(
            $"/api/equipment/reservations/{loan}/return",
            new { condition = "good", notes = $"Rendu par {returned.FirstName} en bon état." }
        );

        var refused = await RequestAsync(
            item,
            start.AddDays(3),
            $"Démarches en ligne de {rejected.FullName}, {rejected.Email}"
        );
        await cast.StaffA.PostAsync(
            $"/api/equipment/reservations/{refused}/reject",
            new { reason = $"Réservé pour {rejected.FirstName}, voyez avec nous." }
        );

        var withdrawn = await RequestAsync(
            item,
            start.AddDays(5),
            $"Accompagnement de {cancelled.FullName}, née en {cancelled.BirthYear}"
        );
        await cast.StaffB.PostAsync($"/api/equipment/reservations/{withdrawn}/cancel");

        var next = await RequestAsync(item, start.AddDays(7), $"Second atelier CV avec {returned.FullName}");
        await cast.StaffA.PostAsync($"/api/equipment/reservations/{next}/approve");

        await cast.StaffB.ReadAsync($"/api/equipment/{item}");
        await cast.StaffB.ReadAsync("/api/equipment/reservations?as=borrower");
        await cast.StaffA.ReadAsync("/api/equipment/reservations?as=owner");
    }

    private async Task<Guid> RequestAsync(Guid item, DateTimeOffset from, string purpose) =>
        (
            await cast.StaffB.PostAsync(
                $"/api/equipment/{item}/reservations",
                new
                {
                    from,
                    to = from.AddDays(1),
                    purpose,
                }
            )
        ).Id();
}
