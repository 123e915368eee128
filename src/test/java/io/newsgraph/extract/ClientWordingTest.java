package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Client relationships in other wordings: contracts awarded to a supplier, reliance reduced, work
 * done for a client, orders from several suppliers, deals with people; partners are not clients
 * and hiring someone from a company is no purchase. Articles written by us.
 */
class ClientWordingTest {

    private static Set<String> pairs(List<ClientRelationship> cs) {
        return cs.stream().map(c -> c.client().name() + ">" + c.supplier().name()).collect(Collectors.toSet());
    }

    @Test
    void contractAwardedToASupplierWithItsValue() {
        List<ClientRelationship> c = Extract.clients("The U.S. Navy has awarded a $410 million contract to Halcyon Robotics "
                + "to build autonomous boats. The deal builds on the work Halcyon Robotics has been doing since 2021 for the "
                + "Coast Guard Research Center.");
        assertTrue(pairs(c).containsAll(Set.of("U.S. Navy>Halcyon Robotics", "Coast Guard Research Center>Halcyon Robotics")), pairs(c).toString());
        ClientRelationship navy = c.stream().filter(x -> x.client().name().equals("U.S. Navy")).findFirst().orElseThrow();
        assertEquals(410e6, navy.value().value().doubleValue(), 1);
    }

    @Test
    void relianceReducedOnASupplier() {
        List<ClientRelationship> c = Extract.clients("Vesper Phones' own chip will allow it to reduce its reliance on "
                + "Trellis Semiconductor, which supplies modems for its older handsets.");
        ClientRelationship r = c.stream().filter(x -> x.supplier().name().equals("Trellis Semiconductor")).findFirst().orElseThrow();
        assertEquals("Vesper Phones", r.client().name());
        assertEquals(ClientStatus.REDUCED, r.status());
    }

    @Test
    void ordersFromSeveralSuppliersAndDealsWithPeople() {
        List<ClientRelationship> c = Extract.clients("""
                SkyMar Airlines is buying 140 jets. The orders from France's Aerolux and US-based Condor Aircraft will \
                modernise the airline's fleet. SkyMar has also signed expensive deals with celebrities such as singer \
                Dana Kovac and Marco Bellini to promote the brand.
                """);
        assertTrue(pairs(c).containsAll(Set.of("SkyMar Airlines>Aerolux", "SkyMar Airlines>Condor Aircraft",
                "SkyMar Airlines>Dana Kovac", "SkyMar Airlines>Marco Bellini")), pairs(c).toString());
    }

    @Test
    void partnersAreNotClientsAndHiringIsNoPurchase() {
        List<ClientRelationship> c = Extract.clients("Insiders at Quorra Labs and partners like Menlo Systems were surprised. "
                + "Brightfield taps Quorra Labs CEO Ana Ruiz as its new chief executive.");
        assertTrue(c.isEmpty(), c.toString());
    }

    @Test
    void aDealToSupplyMakesTheOtherCompanyAClientButItsCustomersAreNot() {
        List<io.newsgraph.model.ClientRelationship> c = Extract.clients("""
                Northwind Chips signed a multiyear deal to supply Arvo Motors with chips. Lumen Labs will use Dravik \
                Cloud servers and agreed to provide Dravik customers with its models.
                """);
        assertTrue(c.stream().anyMatch(x -> x.client().name().equals("Arvo Motors") && x.supplier().name().equals("Northwind Chips")),
                c.toString());
        assertTrue(c.stream().noneMatch(x -> x.client().name().startsWith("Dravik") && x.supplier().name().equals("Lumen Labs")),
                c.toString());
    }

    @Test
    void usersNamedInThePassive() {
        List<io.newsgraph.model.ClientRelationship> c = Extract.clients("""
                Halden Robotics said its warehouse software is deployed by Kroneborg Logistics and Vesta Freight. \
                Marlo Systems chips are used by several carmakers, among them Orvik Motors.
                """);
        for (String[] pair : new String[][] {{"Kroneborg Logistics", "Halden Robotics"}, {"Vesta Freight", "Halden Robotics"},
                {"Orvik Motors", "Marlo Systems"}}) {
            assertTrue(c.stream().anyMatch(x -> x.client().name().equals(pair[0]) && x.supplier().name().equals(pair[1])),
                    pair[0] + " / " + pair[1] + " in " + c);
        }
    }

    @Test
    void aDescriptorBeforeANameInAListDescribesThatName() {
        List<io.newsgraph.model.ClientRelationship> c = Extract.clients(
                "Brisk Analytics makes forecasting software. Its customers include Halvorsen Stores and the supermarket group Greenly.");
        for (String client : List.of("Halvorsen Stores", "Greenly")) {
            assertTrue(c.stream().anyMatch(x -> x.client().name().equals(client) && x.supplier().name().equals("Brisk Analytics")),
                    client + " in " + c);
        }
    }

    @Test
    void aContractsValueStatedBeforeTheNounAndAGovernmentBodyNamedByItsField() {
        List<ClientRelationship> c = Extract.clients("The Army has handed Corsair Dynamics a $1.1 billion contract for drones. "
                + "Separately, the Energy Department said it had cancelled a $90 million software contract with Tessel Labs.");
        ClientRelationship army = c.stream().filter(x -> x.supplier().name().equals("Corsair Dynamics")).findFirst().orElseThrow();
        assertEquals(1.1e9, army.value().value().doubleValue(), 1, c.toString());
        ClientRelationship energy = c.stream().filter(x -> x.supplier().name().equals("Tessel Labs")).findFirst().orElseThrow();
        assertEquals("Energy Department", energy.client().name());
        assertEquals(ClientStatus.ENDED, energy.status());
        assertEquals(90e6, energy.value().value().doubleValue(), 1);
    }

    @Test
    void feesBetweenDealPartiesAndEndedFightsAreNoClientRelations() {
        List<ClientRelationship> c = Extract.clients("Harlow Brands will pay Vesta Group $60 million to cover expenses after "
                + "their merger collapsed. Vesta said it had ended a two-year legal fight with Ornex over the brand.");
        assertEquals(List.of(), c);
    }

    @Test
    void customersAfterACommaAndAfterTheKindOfBuyer() {
        List<ClientRelationship> c = Extract.clients("Vantic counts more than 3,000 companies as customers, including Orla Foods "
                + "and Brisk Telecom. Norwegian cable maker Kabelnor already supplies utilities such as Statra and Fjordkraft.");
        assertEquals(Set.of("Orla Foods>Vantic", "Brisk Telecom>Vantic", "Statra>Kabelnor", "Fjordkraft>Kabelnor"), pairs(c));
    }

    @Test
    void suppliersAfterAWhoseClauseAndAPlaceTheyAreFrom() {
        List<ClientRelationship> c = Extract.clients("Marvane, whose brands include Tordo, Lisse and Quarra, also buys steel from "
                + "South Korea's Hanjo Steel and Posgreen.");
        assertEquals(Set.of("Marvane>Hanjo Steel", "Marvane>Posgreen"), pairs(c));
    }

    @Test
    void bracketedInitialsAndANationalityNameOneCompany() {
        List<ClientRelationship> c = Extract.clients("""
                Velora signs cell supply deal with Japan's KNE
                Velora has signed an agreement with Kansai Nippon Electrochem Co. Ltd. (KNE) to supply battery cells for its \
                vans, Velora said. The Japanese battery maker already supplies carmakers including Ostara and Brenn.
                """);
        assertTrue(pairs(c).containsAll(Set.of("Velora>Kansai Nippon Electrochem", "Ostara>Kansai Nippon Electrochem",
                "Brenn>Kansai Nippon Electrochem")), pairs(c).toString());
        assertEquals(List.of(), Extract.acquisitions("Velora signs cell supply deal with Japan's KNE."));
    }

    @Test
    void productsPulledFromRetailersAreAReducedRelationship() {
        List<ClientRelationship> c = Extract.clients("Under Marsh, Pellow shifted its focus to selling online, pulling its "
                + "products from many department stores, including Hartley Stores and Brookfield Mall Group.");
        assertTrue(c.stream().allMatch(x -> x.supplier().name().equals("Pellow") && x.status() == ClientStatus.REDUCED), c.toString());
        assertEquals(Set.of("Hartley Stores>Pellow", "Brookfield Mall Group>Pellow"), pairs(c));
    }

    @Test
    void capacityBoughtWorthAnAmountAndContractsWithSeveralSuppliers() {
        List<ClientRelationship> c = Extract.clients("Lumina Labs has agreed to buy $12 billion worth of computing capacity "
                + "from Corex Cloud over five years. Lumina Labs has also signed large computing contracts with Arden and Nimbus "
                + "Systems this year.");
        ClientRelationship corex = c.stream().filter(x -> x.supplier().name().equals("Corex Cloud")).findFirst().orElseThrow();
        assertEquals(12e9, corex.value().value().doubleValue(), 1, c.toString());
        assertTrue(pairs(c).containsAll(Set.of("Lumina Labs>Arden", "Lumina Labs>Nimbus Systems")), pairs(c).toString());
    }

    @Test
    void aPaymentUnderATerminationAgreementIsNoPurchase() {
        assertEquals(List.of(), Extract.clients("Aldor Airways will pay Brisk Air $69 million as part of the termination "
                + "agreement, the airlines said."));
    }

    @Test
    void powerSuppliedToACustomersPlants() {
        List<ClientRelationship> c = Extract.clients("Northgrid Energy will restart a reactor at the Bayfield nuclear plant in "
                + "Ohio to supply power to Tavia Systems' data centers under a 20-year agreement.");
        assertEquals(Set.of("Tavia Systems>Northgrid Energy"), pairs(c));
    }

    @Test
    void aRelationshipStatedWithoutAnEndIsActive() {
        List<ClientRelationship> c = Extract.clients("Vantic counts Orla Foods and Brisk Telecom among its customers.");
        assertEquals(2, c.size(), c.toString());
        c.forEach(x -> assertEquals(ClientStatus.ACTIVE, x.status()));
    }

    @Test
    void customersNamedByTheirShareOfSalesOrAsTheBuyerOfItsProducts() {
        List<ClientRelationship> c = Extract.clients("Vortex accounted for about 12% of Halden Chips' revenue last year, making it "
                + "the chipmaker's largest customer. Orbis, the parent of a video app, was the second-largest buyer of Halden Chips' "
                + "processors. Halden Chips counts carmakers and companies such as Velo among its 900 customers.");
        assertEquals(Set.of("Vortex>Halden Chips", "Orbis>Halden Chips", "Velo>Halden Chips"), pairs(c));
    }
}
