using Microsoft.AspNetCore.OpenApi;

namespace Network.Equipment.Api;

/// <summary>The choices this service makes where the contract is silent, published in its OpenAPI document.</summary>
internal static class EquipmentApiDescription
{
    private const string Choices = """

        Shared equipment service — choices where the contract is silent:

        - Every route needs a token. Partner users act for one partner (`X-Partner-Id` when the token lists several);
          the coordinator reads the catalogue and every item (all partners, shareable or not) but takes part in no loan.
        - Items: `POST` defaults are condition `good`, `shareable: true`, `loanRules {maxDays: 7, bufferHours: 0,
          requiresApproval: true}`. A kit lists its `components` (names). Items carry `ownerName` and `commune` from the
          partners directory. Retired items leave the catalogue (the owner finds them with `status=retired`); others'
          retired or non-shareable items are 404.
        - Windows are `[from, to)` in UTC; `from` may be at most 15 minutes in the past. Two loans of one item collide
          when `a.from < b.to + buffer` and `b.from < a.to + buffer`, with the item's current `bufferHours`. Approved,
          checked-out and overdue reservations hold their window; requested ones hold nothing. A collision is 409 with
          `conflict: {from, to}` (the other loan's own window) and a French `detail`.
        - Approval: needed unless the borrower owns the item or its rules say `requiresApproval: false`; approving
          checks the calendar again. An extension needs no new approval; it must end later than the current end and
          respect `maxDays` from the original start.
        - Items in maintenance or retired take no request, approval, extension or hand-over (409). Putting an item in
          maintenance (or a return in `damaged` condition) sets `flag: "item-in-maintenance"` on its requested and
          approved loans that have not ended; making it available clears the flags. Retiring cancels them, and is 409
          while the item is out on loan.
        - Hand-over of a kit: `components` must name every component (400 naming the missing ones). Return: `condition`
          is required; for a kit every component is reported `{name, condition, notes?}`; the item takes the worst
          condition reported. A return after `to` is reported as late.
        - A checked-out loan past its `to` becomes `overdue` within a minute. Overdue loans can be returned, not
          extended.
        - `GET /api/equipment/reservations` lists, for the acting partner, loans as borrower, as owner, or both (no
          `as`), ordered by `from`; `GET /api/equipment/reservations/{id}` is the one the `Location` of a request points
          to. Purposes are shown only to the loan's two parties (on an item's page, other loans show the borrower's name
          only).
        - `GET /api/equipment/{id}/calendar.ics` is for the owner's users only, with the usual bearer token.
        - A suspended partner's requested and approved loans as borrower that have not ended are cancelled; an archived
          partner's too, and its items are retired. A suspended partner's staff read here and act on nothing (403 on
          every action); an archived partner's staff get 404 on every equipment route.
        """;

    public static void AddEquipmentApiDescription(this IServiceCollection services) =>
        services.AddOpenApi(options =>
            options.AddDocumentTransformer(
                (document, _, _) =>
                {
                    document.Info.Description += Choices;
                    return Task.CompletedTask;
                }
            )
        );
}
