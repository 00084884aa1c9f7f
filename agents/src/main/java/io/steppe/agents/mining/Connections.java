package io.steppe.agents.mining;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.LeverInfo;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.EventSink;
import io.steppe.engine.agent.Lever;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * New grid connections for mining sites in a month: the limits a connection cap, a site-size limit
 * or a connection auction put on the firms' requests. Off-grid sites connect freely. Under an
 * auction, grid requests are ranked by bid per MW and granted up to the month's auctioned MW at a
 * uniform price (the highest rejected bid); winners pay it into the mining ledger.
 */
final class Connections {
    private record Request(WhiteMiners.Firm firm, double mw, double bidUsdPerMw, int order) {
    }

    private double requestedGridMw;

    private final List<Request> requests = new ArrayList<>();
    private double capMw = Double.NaN;
    private double connectedUnderCapMw;
    private double maxSiteMw = Double.NaN;
    private double auctionMw;
    private final Lever capLever;
    private final Lever maxSiteLever;
    private final Lever auctionLever;
    private final EventSink auctions;
    private final EventSink limited;

    Connections(AgentContext context) {
        capLever = context.lever(MiningLevers.NEW_MINING_CONNECTIONS_CAP_MW);
        maxSiteLever = context.lever(MiningLevers.MAX_MINING_SITE_MW);
        auctionLever = context.lever(MiningLevers.CONNECTION_AUCTION_MW_PER_MONTH);
        auctions = context.event("connectionAuction");
        limited = context.event("connectionsLimited");
    }

    /** Reads this month's rules; a cap that was lifted starts counting afresh when it returns. */
    void startMonth() {
        double cap = capLever.value();
        if (LeverInfo.unset(cap)) {
            connectedUnderCapMw = 0;
        }
        capMw = cap;
        maxSiteMw = maxSiteLever.value();
        auctionMw = Math.max(0, auctionLever.value());
        requests.clear();
        requestedGridMw = 0;
    }

    /** A firm asks for more site capacity (a new firm for its first site). */
    void request(WhiteMiners.Firm firm, double mw, double bidUsdPerMw) {
        if (!firm.source.onGrid()) {
            requests.add(new Request(firm, mw, Double.POSITIVE_INFINITY, requests.size()));
            return;
        }
        requestedGridMw += mw;
        if (!LeverInfo.unset(maxSiteMw)) {
            mw = Math.min(mw, Math.max(0, maxSiteMw - firm.capacityMw));
        }
        if (mw > 1e-6) {
            requests.add(new Request(firm, mw, bidUsdPerMw, requests.size()));
        }
    }

    /**
     * Grants the month's requests in order (or by bid under an auction), within the cap, and adds
     * the granted capacity to each firm's build pipeline. Logs {@code connectionAuction} when an
     * auction ran and {@code connectionsLimited} when a cap or size limit turned MW away.
     */
    void grant(long readyEpochDay, MiningLedger ledger) {
        double requestedGrid = requestedGridMw;
        double grantedGrid = 0;
        List<Request> grid = new ArrayList<>();
        for (Request r : requests) {
            if (r.firm().source.onGrid()) {
                grid.add(r);
            } else {
                build(r.firm(), r.mw(), readyEpochDay);
            }
        }
        double room = LeverInfo.unset(capMw) ? Double.POSITIVE_INFINITY : Math.max(0, capMw - connectedUnderCapMw);
        boolean auction = auctionMw > 0;
        if (auction) {
            room = Math.min(room, auctionMw);
            grid.sort(Comparator.comparingDouble(Request::bidUsdPerMw).reversed().thenComparingInt(Request::order));
        }
        double price = 0;
        List<Request> granted = new ArrayList<>();
        for (Request r : grid) {
            double mw = Math.min(r.mw(), room);
            if (mw < r.mw() && auction && price == 0) {
                price = r.bidUsdPerMw();
            }
            if (mw > 1e-6) {
                build(r.firm(), mw, readyEpochDay);
                room -= mw;
                grantedGrid += mw;
                granted.add(new Request(r.firm(), mw, r.bidUsdPerMw(), r.order()));
            }
        }
        if (!LeverInfo.unset(capMw)) {
            connectedUnderCapMw += grantedGrid;
        }
        if (auction) {
            ledger.bookTax(price * grantedGrid);
            for (Request g : granted) {
                g.firm().monthMarginUsd -= price * g.mw();
            }
            auctions.emit(null, "mwOffered", auctionMw, "mwRequested", requestedGrid,
                    "mwSold", grantedGrid, "priceUsdPerMw", price);
        } else if (grantedGrid < requestedGrid - 1e-6) {
            limited.emit(null, "mwRequested", requestedGrid, "mwGranted", grantedGrid,
                    "capMw", LeverInfo.unset(capMw) ? "none" : capMw, "maxSiteMw", LeverInfo.unset(maxSiteMw) ? "none" : maxSiteMw);
        }
        requests.clear();
        requestedGridMw = 0;
    }

    private static void build(WhiteMiners.Firm firm, double mw, long readyEpochDay) {
        firm.pipeline.add(new double[] {readyEpochDay, mw});
    }
}
